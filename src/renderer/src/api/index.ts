export { api, call, isApiError, unwrap, useEvent, type ApiError, type ClientApi } from './client';
