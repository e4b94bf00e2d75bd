import base from './vite.config.ts';
import { mergeConfig } from 'vite';
import { gzipSync } from 'node:zlib';
export default mergeConfig(base, {
  build: { outDir: '/tmp/dist-analyze' },
  plugins: [{
    name: 'analyze',
    generateBundle(_o: unknown, bundle: Record<string, any>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const rows = Object.entries(chunk.modules as Record<string, { renderedLength: number; code?: string | null }>)
          .map(([id, m]) => [id.replace('/work/main/', ''), m.renderedLength, m.code ? gzipSync(m.code).length : 0] as const)
          .sort((a, b) => b[1] - a[1]);
        console.log('ENTRY', chunk.fileName, chunk.code.length);
        for (const [id, len, gz] of rows.slice(0, 70)) console.log(String(len).padStart(8), String(gz).padStart(7), id);
      }
    },
  }],
});
