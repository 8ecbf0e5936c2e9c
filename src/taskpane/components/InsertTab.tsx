import {
  Button,
  Combobox,
  Field,
  Input,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { useInsert, useServices, useStrings } from '../services/hooks';
import { previewOoxml, type PreviewItem } from '../services/preview';
import type { BlockValue, FieldDef, FieldOption } from '../services/types';
import { Notice, Problem } from './Problem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    // Focusable so the keyboard can scroll a wide table sideways; the ring shows where focus is.
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  // Wider than the pane on purpose: the preview scrolls sideways instead of squeezing every column.
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    minWidth: '560px',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    ':first-child': { minWidth: '160px' },
  },
  head: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
});

function optionsOf(field: FieldDef, value: BlockValue): FieldOption[] {
  return typeof field.options === 'function' ? field.options(value) : (field.options ?? []);
}

function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldDef;
  value: BlockValue;
  error?: string;
  onChange(v: string): void;
}) {
  const t = useStrings();
  const current = value[field.name] ?? '';
  const validation = error ? { validationState: 'error' as const, validationMessage: error } : {};
  if (field.kind === 'select') {
    const options = optionsOf(field, value);
    const selected = options.find((o) => o.value === current);
    return (
      <Field label={field.label} required={field.required} hint={field.hint} {...validation}>
        <Combobox
          placeholder={t.insert.choose}
          value={selected?.label ?? ''}
          selectedOptions={selected ? [selected.value] : []}
          onOptionSelect={(_e, data) => onChange(data.optionValue ?? '')}
          data-field={field.name}
        >
          {options.map((o) => (
            <Option key={o.value} value={o.value} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Combobox>
      </Field>
    );
  }
  if (field.kind === 'multiline') {
    return (
      <Field label={field.label} required={field.required} hint={field.hint} {...validation}>
        <Textarea value={current} onChange={(_e, d) => onChange(d.value)} resize="vertical" data-field={field.name} />
      </Field>
    );
  }
  return (
    <Field label={field.label} required={field.required} hint={field.hint} {...validation}>
      <Input value={current} onChange={(_e, d) => onChange(d.value)} data-field={field.name} />
    </Field>
  );
}

function Preview({ items }: { items: PreviewItem[] }) {
  const s = useStyles();
  return (
    <>
      {items.map((item, i) =>
        item.kind === 'paragraph' ? (
          <p key={i} style={{ fontWeight: item.bold ? 600 : 400, margin: '2px 0' }}>
            {item.text}
          </p>
        ) : (
          <table key={i} className={s.table}>
            <tbody>
              {item.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((c, k) =>
                    row.header ? (
                      <th key={k} colSpan={c.span} className={`${s.cell} ${s.head}`} scope="col">
                        {c.text}
                      </th>
                    ) : (
                      <td key={k} colSpan={c.span} className={s.cell}>
                        {c.text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </>
  );
}

export function InsertTab() {
  const t = useStrings();
  const s = useStyles();
  const services = useServices();
  const ins = useInsert();
  const preview = useMemo(() => {
    if (!ins.ooxml) return null;
    try {
      return previewOoxml(ins.ooxml);
    } catch {
      return null;
    }
  }, [ins.ooxml]);

  return (
    <section className={s.root} aria-label={t.tabs.insert}>
      <Text>{t.insert.intro}</Text>
      <Field label={t.insert.blockType}>
        <Combobox
          value={ins.block?.label ?? ''}
          selectedOptions={ins.block ? [ins.block.type] : []}
          onOptionSelect={(_e, d) => d.optionValue && ins.chooseBlock(d.optionValue)}
        >
          {services.blocks.map((b) => (
            <Option key={b.type} value={b.type}>
              {b.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      {ins.block?.fields
        .filter((f) => !f.visible || f.visible(ins.value))
        .map((f) => (
          <FieldInput
            key={f.name}
            field={f}
            value={ins.value}
            error={ins.errors[f.name]}
            onChange={(v) => ins.setField(f.name, v)}
          />
        ))}
      <div>
        <Text weight="semibold" as="h3" size={300}>
          {t.insert.preview}
        </Text>
        <div
          className={s.preview}
          aria-label={t.insert.previewRegion}
          role="region"
          tabIndex={0}
          data-testid="insert-preview"
        >
          {preview ? <Preview items={preview} /> : <Text size={200}>{t.insert.previewEmpty}</Text>}
        </div>
      </div>
      <div>
        <Button appearance="primary" onClick={() => void ins.insert()} disabled={ins.busy}>
          {t.insert.insertButton}
        </Button>
      </div>
      {ins.busy ? <Spinner size="tiny" label={t.insert.inserting} /> : null}
      <Problem error={ins.error} />
      <Notice text={ins.notice} />
    </section>
  );
}
