export { exportRouter } from './export.router';
