// node --import ./src/test/js/register.mjs: the import map of web/index.html for the unit tests (import-map.mjs).
import { register } from 'node:module';

register('./import-map.mjs', import.meta.url);
