import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * What a refused submit points at, in the order it appears: an alert that says what went wrong
 * (marked with data-problem-alert and tabIndex -1), an input marked invalid, or another control
 * that stands for a field with an error (data-problem-focus).
 */
const PROBLEM = '[data-problem-alert], [aria-invalid="true"], [data-problem-focus]';

/** Scrolls the first problem inside `container` into view and moves focus to it. */
export function focusFirstProblem(container: HTMLElement | null): boolean {
  const target = container?.querySelector<HTMLElement>(PROBLEM);
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return true;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * After a refused submit: `focusProblem()` waits for the errors to be drawn, then brings the first
 * one into view and focuses it, so that a refusal far from the button is not missed. `ref` goes on
 * the form (or a modal's form).
 */
export function useFocusProblem<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    // A frame later, so that errors set in the same update (and a modal's own focus handling) are done.
    const frame = requestAnimationFrame(() => focusFirstProblem(ref.current));
    return () => cancelAnimationFrame(frame);
  }, [request]);
  const focusProblem = useCallback(() => setRequest((n) => n + 1), []);
  return { ref, focusProblem };
}
