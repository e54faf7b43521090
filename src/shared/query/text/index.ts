export { porterStem } from './porter';
export { foldText, foldToken, indexTerms, textTokens, type TextToken } from './tokenize';
