// A way to an element as a person finds it, in the manner of Playwright's
// locators: by role and accessible name, label, text or test id, narrowed by
// what it holds. Nothing is looked up until it is used; every use looks again
// (a page that re-renders is met as it is now), reads wait for the element, and
// actions wait until it is there, visible and enabled. One element or none:
// an action or read that finds several fails, as a person would not know which.
import type { ElementHandle, JSHandle } from 'puppeteer-core';
import type { Match, Step } from './in-page';
import { TIMEOUT, until } from './wait';

export type Name = string | RegExp;

/** What the protocols say of a node that left the document before it was acted on. */
const REPLACED = /went away|detached|not attached|no such node|stale|not clickable/i;

/** What a locator runs in: a page. */
export interface Scope {
  /**
   * Run a function in the page with the elements the steps find, then `args`; its
   * result must be JSON. `fn` is sent as source: it must be self-contained.
   */
  query<T>(steps: Step[], fn: string, args?: unknown[]): Promise<T>;
  /** The `index`th element the steps find, to act on. */
  handle(steps: Step[], index: number): Promise<ElementHandle<Element>>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
}

export function toMatch(name: Name, exact = false): Match {
  return typeof name === 'string' ? { text: name, exact } : { source: name.source, flags: name.flags };
}

export interface RoleOptions {
  name?: Name;
  exact?: boolean;
  level?: number;
}

interface State {
  count: number;
  visible: boolean;
  enabled: boolean;
}

/** Where an element stands for an action: there, seen, and usable. Runs in the page. */
function state(found: Element[]): State {
  const [element] = found;
  if (!element || found.length !== 1) return { count: found.length, visible: false, enabled: false };
  const box = element.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  const enabled = !element.matches(':disabled') && element.getAttribute('aria-disabled') !== 'true';
  return { count: 1, visible, enabled };
}

export class Locator {
  constructor(
    private readonly scope: Scope,
    private readonly steps: Step[],
    private readonly description: string,
  ) {}

  private and(step: Step, what: string): Locator {
    return new Locator(this.scope, [...this.steps, step], `${this.description} ${what}`.trim());
  }

  getByRole(role: string, options: RoleOptions = {}): Locator {
    const { name, exact, level } = options;
    return this.and(
      { by: 'role', role, ...(name === undefined ? {} : { name: toMatch(name, exact) }), ...(level ? { level } : {}) },
      `→ ${role}${name === undefined ? '' : ` named ${String(name)}`}`,
    );
  }

  getByLabel(text: Name, options: { exact?: boolean } = {}): Locator {
    return this.and({ by: 'label', text: toMatch(text, options.exact) }, `→ labelled ${String(text)}`);
  }

  getByText(text: Name, options: { exact?: boolean } = {}): Locator {
    return this.and({ by: 'text', text: toMatch(text, options.exact) }, `→ text ${String(text)}`);
  }

  getByTestId(id: string): Locator {
    return this.and({ by: 'testId', id }, `→ test id ${id}`);
  }

  /** A CSS selector: for the page's own structure ([data-jobmark], a[href]), never for Jobmark's classes. */
  locator(selector: string): Locator {
    return this.and({ by: 'css', selector }, `→ ${selector}`);
  }

  filter(options: { hasText?: Name; has?: Locator }): Locator {
    let next: Locator = this;
    if (options.hasText !== undefined) {
      next = next.and({ by: 'hasText', text: toMatch(options.hasText) }, `holding ${String(options.hasText)}`);
    }
    if (options.has) next = next.and({ by: 'has', steps: options.has.steps }, `with ${options.has.description}`);
    return next;
  }

  first(): Locator {
    return this.nth(0);
  }

  nth(index: number): Locator {
    return this.and({ by: 'nth', index }, `#${index}`);
  }

  // Reads that do not wait.

  count(): Promise<number> {
    return this.scope.query(
      this.steps,
      String((found: Element[]) => found.length),
    );
  }

  allTextContents(): Promise<string[]> {
    return this.scope.query(
      this.steps,
      String((found: Element[]) => found.map((e) => e.textContent ?? '')),
    );
  }

  async all(): Promise<Locator[]> {
    return Array.from({ length: await this.count() }, (_, i) => this.nth(i));
  }

  async isVisible(): Promise<boolean> {
    const now = await this.scope.query<State>(this.steps, String(state));
    if (now.count > 1) throw this.strict(now.count);
    return now.visible;
  }

  // Reads that wait for the one element.

  private async one<T>(read: (element: Element, arg: string) => T, arg = ''): Promise<T> {
    // The read, called on the element when there is exactly one.
    const fn = `(found, arg) => found.length === 1 ? { count: 1, value: (${String(read)})(found[0], arg) } : { count: found.length }`;
    const { count, value } = await until(
      () => this.scope.query<{ count: number; value?: T }>(this.steps, fn, [arg]),
      (r) => r.count > 0,
      `${this.description}: no such element`,
    );
    if (count > 1) throw this.strict(count);
    return value as T;
  }

  textContent(): Promise<string | null> {
    return this.one((e) => e.textContent);
  }

  inputValue(): Promise<string> {
    return this.one((e) => (e as HTMLInputElement).value);
  }

  isChecked(): Promise<boolean> {
    return this.one((e) => (e as HTMLInputElement).checked ?? e.getAttribute('aria-checked') === 'true');
  }

  isDisabled(): Promise<boolean> {
    return this.one((e) => e.matches(':disabled') || e.getAttribute('aria-disabled') === 'true');
  }

  getAttribute(name: string): Promise<string | null> {
    return this.one((e, n) => e.getAttribute(n), name);
  }

  async waitFor(options: { state?: 'attached' | 'visible' | 'hidden' } = {}): Promise<void> {
    const want = options.state ?? 'visible';
    const now = await until(
      () => this.scope.query<State>(this.steps, String(state)),
      (s) => s.count > 1 || (want === 'attached' ? s.count === 1 : want === 'visible' ? s.visible : !s.visible),
      `${this.description}: not ${want}`,
    );
    if (now.count > 1) throw this.strict(now.count);
  }

  /** Run `fn` in the page with the element. */
  async evaluate<T, A>(fn: (element: Element, arg: A) => T, arg?: A): Promise<Awaited<T>> {
    const handle = await this.handle('attached');
    try {
      return (await handle.evaluate(fn as (e: Element, a: unknown) => T, arg)) as Awaited<T>;
    } finally {
      await handle.dispose();
    }
  }

  // Actions, as a person does them: real clicks and keys.

  private strict(count: number): Error {
    return new Error(`${this.description}: ${count} elements, where one was meant`);
  }

  /** The element, once it is there (and, for an action, visible and enabled). */
  private async handle(need: 'attached' | 'actionable'): Promise<ElementHandle<Element>> {
    const now = await until(
      () => this.scope.query<State>(this.steps, String(state)),
      (s) => s.count > 1 || (s.count === 1 && (need === 'attached' || (s.visible && s.enabled))),
      `${this.description}: not ${need === 'attached' ? 'there' : 'there, visible and enabled'}`,
      TIMEOUT,
    );
    if (now.count > 1) throw this.strict(now.count);
    return this.scope.handle(this.steps, 0);
  }

  /**
   * Act on the element. A page that renders again between finding the element and
   * acting on it replaces the node: the element is found again (as Playwright does),
   * until the time for it runs out.
   */
  private async act(need: 'attached' | 'actionable', action: (handle: ElementHandle<Element>) => Promise<unknown>) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const handle = await this.handle(need);
      try {
        await action(handle);
        return;
      } catch (error) {
        if (!REPLACED.test((error as Error).message) || Date.now() > deadline) throw error;
      } finally {
        await handle.dispose().catch(() => {});
      }
    }
  }

  click(): Promise<void> {
    return this.act('actionable', (h) => h.click());
  }

  focus(): Promise<void> {
    return this.act('attached', (h) => h.focus());
  }

  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
    await until(
      () => this.isChecked(),
      (checked) => checked,
      `${this.description}: not checked`,
    );
  }

  async press(key: string): Promise<void> {
    await this.focus();
    await this.scope.keyboard.press(key);
  }

  async pressSequentially(text: string): Promise<void> {
    await this.focus();
    await this.scope.keyboard.type(text);
  }

  /**
   * Put `value` in a field as Playwright's fill does: a text field gets it as typed
   * text replacing what was there (one input event); a date, time or colour field
   * gets its value with input and change events.
   */
  fill(value: string): Promise<void> {
    return this.act('actionable', (h) =>
      h.evaluate((element, text) => {
        const field = element as HTMLInputElement;
        field.focus();
        const typed =
          !(field instanceof HTMLInputElement) ||
          ['text', 'search', 'email', 'url', 'tel', 'password', 'number'].includes(field.type);
        if (typed) {
          field.select();
          if (text) document.execCommand('insertText', false, text);
          else document.execCommand('delete');
          return;
        }
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, value),
    );
  }

  selectOption(value: string): Promise<void> {
    return this.act('actionable', async (h) => {
      const chosen = await (h as ElementHandle<HTMLSelectElement>).select(value);
      if (!chosen.includes(value)) throw new Error(`${this.description}: no option ${value}`);
    });
  }

  /** Choose a file in a file input, as the file chooser would. */
  setInputFiles(path: string): Promise<void> {
    return this.act('attached', (h) => (h as ElementHandle<HTMLInputElement>).uploadFile(path));
  }

  /**
   * HTML5 drag and drop as the browser sends it: dragstart on this element, dragover
   * and drop on the target, carrying one DataTransfer.
   */
  async dragTo(target: Locator): Promise<void> {
    const source = await this.handle('actionable');
    const onto = await target.handle('actionable');
    try {
      const transfer: JSHandle<DataTransfer> = await source.evaluateHandle(() => new DataTransfer());
      const send = (element: ElementHandle<Element>, type: string) =>
        element.evaluate(
          (e, t, dataTransfer) =>
            e.dispatchEvent(new DragEvent(t, { bubbles: true, cancelable: true, composed: true, dataTransfer })),
          type,
          transfer,
        );
      await send(source, 'dragstart');
      await send(onto, 'dragover');
      await send(onto, 'drop');
      await transfer.dispose();
    } finally {
      await source.dispose();
      await onto.dispose();
    }
  }
}
