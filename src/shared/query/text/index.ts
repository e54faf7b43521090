export { porterStem } from './porter';
export { foldToken, indexTerms, textTokens, type TextToken } from './tokenize';
