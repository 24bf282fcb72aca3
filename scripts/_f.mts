import { extractClaims } from '../src/index.js';
const [lang, ...rest] = process.argv.slice(2);
for (const c of extractClaims({ id: 'x', lang: lang as any, text: rest.join(' ') })) {
  console.log(c.text); console.log('   ' + c.facets.map((f) => `${f.id}(${f.text})`).join(' '));
}
