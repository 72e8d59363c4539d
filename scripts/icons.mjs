// Renders build/icon.svg into the PNG sizes the packages need: build/icon.png (512, Windows and
// AppImage; electron-builder makes the .ico from it) and build/icons/<N>x<N>.png (the Linux icon
// theme sizes the .deb installs). Run after changing the SVG: `node scripts/icons.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const root = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(root, 'build/icon.svg'));
fs.mkdirSync(path.join(root, 'build/icons'), { recursive: true });
for (const size of ICON_SIZES) {
  await sharp(svg, { density: Math.max(72, (72 * size) / 512) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(root, `build/icons/${size}x${size}.png`));
}
fs.copyFileSync(path.join(root, 'build/icons/512x512.png'), path.join(root, 'build/icon.png'));
console.log(`icons: ${ICON_SIZES.join(', ')} px`);
