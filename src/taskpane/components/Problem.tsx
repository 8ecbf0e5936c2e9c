import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneError } from '../services/errors';
import { useStrings } from '../services/hooks';

export function Problem({ error }: { error: PaneError | null }) {
  const t = useStrings();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
