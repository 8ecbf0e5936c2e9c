import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const original = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function validate(xml: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  const r = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, output: r.stdout + r.stderr };
}

function broken(from: string | RegExp, to: string): string {
  const xml = original.replace(from, to);
  expect(xml).not.toBe(original);
  return xml;
}

describe('validate-manifest', () => {
  it('accepts the project manifest', () => {
    const r = validate(original);
    expect(r.output).toContain('är giltigt');
    expect(r.status).toBe(0);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    ['a malformed GUID', /<Id>[^<]+<\/Id>/, '<Id>inte-en-guid</Id>', /Schemafel.*Id/],
    ['a missing Permissions element', /<Permissions>[^<]+<\/Permissions>/, '', /Schemafel/],
    [
      'an http (not https) source location',
      'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      /Schemafel/,
    ],
    [
      'elements out of order',
      /(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/,
      '$2$1',
      /Schemafel/,
    ],
    ['an unknown ribbon tab', 'OfficeTab id="TabHome"', 'OfficeTab id="TabNope"', /Schemafel/],
    ['an unknown control type', 'xsi:type="Button"', 'xsi:type="Knapp"', /Schemafel/],
    ['a dangling resid', '<Label resid="Group.Label"/>', '<Label resid="Saknas.Label"/>', /resid "Saknas.Label"/],
    [
      'an icon of the wrong size',
      'assets/icon-80.png"/>',
      'assets/icon-64.png"/>',
      /icon-64.png är inte en PNG på 80×80/,
    ],
    [
      'a missing WordApi requirement',
      '<Set Name="WordApi" MinVersion="1.3"/>',
      '<Set Name="WordApi" MinVersion="1.1"/>',
      /WordApi 1.3/,
    ],
    ['non-XML text', '</OfficeApp>', '', /Schemafel/],
  ])('rejects %s', (_name, from, to, message) => {
    const r = validate(broken(from, to));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(message);
  });

  it('declares a Word task pane with Swedish default and English overrides', () => {
    expect(original).toMatch(/<DefaultLocale>sv-SE<\/DefaultLocale>/);
    expect(original).toMatch(/<Override Locale="en-US" Value="Report Assistant"\/>/);
    expect(original).toMatch(/xsi:type="ShowTaskpane"/);
  });
});
