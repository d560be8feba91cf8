// Typed storage errors, so services can branch on `code` without reading messages.

export class AlreadyExistsError extends Error {
  readonly code = 'STORE.ALREADY_EXISTS' as const;
  constructor(readonly container: string, readonly id: string) {
    super(`${container}/${id} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

/** The stored version no longer matches the one the caller read: someone else changed it. */
export class ChangedBySomeoneElseError extends Error {
  readonly code = 'STORE.CHANGED_BY_SOMEONE_ELSE' as const;
  constructor(readonly container: string, readonly id: string) {
    super(`${container}/${id} was changed by someone else`);
    this.name = 'ChangedBySomeoneElseError';
  }
}

export class NotFoundError extends Error {
  readonly code = 'STORE.NOT_FOUND' as const;
  constructor(readonly container: string, readonly id: string) {
    super(`${container}/${id} was not found`);
    this.name = 'NotFoundError';
  }
}

/** The store could not be reached or refused the request after retries. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE.UNAVAILABLE' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export class InvalidQueryError extends Error {
  readonly code = 'STORE.INVALID_QUERY' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidQueryError';
  }
}
