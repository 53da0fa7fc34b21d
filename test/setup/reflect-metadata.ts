import 'reflect-metadata';
import { usePersonLinkSecret } from '../../src/shared/identifiers/person-link-key';

// The person link secret of every test process (serve installs PERSON_LINK_SECRET or a generated one at start-up).
usePersonLinkSecret(new TextEncoder().encode('test-person-link-secret-0123456789abcdef'));
