// Resolves bare specifiers ('vue', 'echarts', ...) for the unit tests as the browser does: through the import map of
// web/index.html, to the library files the build copied into target/classes/web/lib/.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const index = readFileSync(path.join(bundle, 'src/main/resources/web/index.html'), 'utf8');
const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(index)[1]).imports;
const served = path.join(bundle, 'target/classes/web');

export async function resolve(specifier, context, next) {
  const target = map[specifier];
  if (target) return { url: pathToFileURL(path.join(served, target.replace(/^\/ui\//, ''))).href, shortCircuit: true };
  return next(specifier, context);
}
