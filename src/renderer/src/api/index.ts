export { api, call, isApiError, unwrap, type ApiError, type ClientApi } from './client';
export { useEvent } from './use-event';
