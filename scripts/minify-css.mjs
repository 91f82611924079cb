// Minifies the CSS in Lit's css`…` templates of the built JavaScript: no bundler minifies CSS held in
// template literals, so a host would otherwise ship our styles' indentation and comments. html`…`
// templates are left as written (their whitespace can be text a user sees).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

async function* javascriptFiles(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Returns how many bytes the CSS lost, over every file of `folder`. */
export async function minifyCssLiterals(folder) {
  let saved = 0;
  for await (const file of javascriptFiles(folder)) {
    const code = await readFile(file, 'utf8');
    if (!/\bcss\s*`/.test(code)) continue;
    const result = await minifyHTMLLiterals(code, {
      fileName: file,
      shouldMinify: () => false,
      shouldMinifyCSS: (template) => template.tag === 'css',
      generateSourceMap: false,
    });
    if (!result) continue;
    saved += code.length - result.code.length;
    // The compiler's map no longer matches these lines: a file ships without a map rather than a wrong one.
    await writeFile(file, result.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
    await rm(`${file}.map`, { force: true });
  }
  return saved;
}
