import type { ApiError } from '../contract/api';

/** A failure the caller should see as is (not found, invalid argument…); `dispatch` turns it into data. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export const failure = (code: ApiError['code'], message: string): ApiFailure => new ApiFailure({ code, message });
