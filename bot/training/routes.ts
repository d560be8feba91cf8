// Every training route, for the registry's one spread line.
import type { Route } from '../actions/action-request.js';
import { trainingCoordinatorRoutes } from './coordinator.routes.js';
import type { TrainingDeps } from './deps.js';
import { trainingEventRoutes } from './event.routes.js';
import { trainingRegistrationRoutes } from './registration.routes.js';
import { trainingRequestRoutes } from './request.routes.js';

export function trainingRoutes(deps: TrainingDeps) {
  return {
    ...trainingRequestRoutes(deps),
    ...trainingCoordinatorRoutes(deps),
    ...trainingEventRoutes(deps),
    ...trainingRegistrationRoutes(deps),
  } satisfies Record<string, Route>;
}
