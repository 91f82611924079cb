/**
 * English: the words the elements speak where no registered locale matches. It is built in, so importing
 * this module registers nothing; it gives a host the words to build on (`englishStrings`), and English
 * with overrides on top (`resolveStrings`). Kept out of the main entry: a page that never opens anything
 * loads only the words its buttons show.
 */
export { englishStrings, resolveStrings } from '../i18n/english/index.js';
