/**
 * The one command that gives a newcomer a key, printed by `npm start` on
 * the embedded default and shown by the IDE to a visitor without one.
 * ANALYST reads every example (personal data masked) and writes nothing:
 * the least a newcomer needs.
 */
export const KEY_COMMAND = 'npm run clients -- create --name "my IDE" --role ANALYST';

/** What `npm start` prints under its "GraphQL on …" line on the embedded default in development. */
export function keyHintLines(ideUrl: string): string[] {
  return [
    `Without a key you are PUBLIC: the directory and the figures, no persons. Get a key (printed once) with:`,
    `  ${KEY_COMMAND}`,
    `then paste it into the key bar of the IDE at ${ideUrl}, or send it as "Authorization: ApiKey <key>".`,
  ];
}
