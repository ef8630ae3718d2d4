import { Component, createRef, type ReactNode } from 'react';
import type { FaultPart, FaultsMessages } from '../i18n/messages/faults.ts';
import { useMessages } from '../state/app-context.tsx';

export interface ErrorBoundaryProps {
  children?: ReactNode;
  /** Which part of the page this guards: the message names it. */
  part: FaultPart;
  /** The failure texts in the chosen language (a language switch re-renders the message). */
  messages: FaultsMessages;
  /** Classes for the message, so it takes the failed part's place (`country-panel`, `timeline`). */
  className?: string;
  /** When this value changes, a failed part tries again by itself (the panel, on another country). */
  resetKey?: unknown;
  /** A way out besides trying again, such as closing the panel; shown as a Close button. */
  onDismiss?: () => void;
}

interface ErrorBoundaryState {
  failed: boolean;
  /** The `resetKey` the state was last derived from. */
  resetKey: unknown;
}

/**
 * Keeps a render error in one part of the page to that part: the part is replaced by a short
 * message in the chosen language with a Try again button, and the rest of the page (the map and
 * the timeline above all) goes on working. Without it React would unmount the whole page.
 *
 * It reports nothing itself: React already reports a caught error (console.error by default, or
 * the root's `onCaughtError`), and a second report would only repeat it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  private readonly messageRef = createRef<HTMLDivElement>();

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidUpdate(_: ErrorBoundaryProps, previous: ErrorBoundaryState) {
    // The failed part took the focus with it when it went (a button in the panel): the message
    // takes it, so a keyboard user is not left at the top of the page. Focus elsewhere stays.
    if (this.state.failed && !previous.failed && (document.activeElement === null || document.activeElement === document.body)) {
      this.messageRef.current?.focus();
    }
  }

  private readonly tryAgain = () => this.setState({ failed: false });

  render() {
    const { children, part, messages, className, onDismiss } = this.props;
    if (!this.state.failed) return children;
    return (
      <div ref={this.messageRef} className={className ? `part-failed ${className}` : 'part-failed'} data-testid="part-failed" data-part={part} tabIndex={-1}>
        <p role="alert">{messages.failed(messages.parts[part])}</p>
        <p>
          <button type="button" onClick={this.tryAgain}>
            {messages.tryAgain}
          </button>{' '}
          {onDismiss && (
            <button type="button" onClick={onDismiss}>
              {messages.close}
            </button>
          )}
        </p>
      </div>
    );
  }
}

/** An error boundary in the app: it reads the chosen language from the store. */
export function PartBoundary(props: Omit<ErrorBoundaryProps, 'messages'>) {
  return <ErrorBoundary {...props} messages={useMessages().faults} />;
}
