import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lacks what antd measures the page with; these stand in for a real window.

window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom throws "Not implemented" for pseudo-elements, which antd asks about (e.g. for scrollbars),
// and computes an unset border width as 'medium' where a browser gives '0px' (TextArea's autoSize
// would otherwise compute a NaN height from it).
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => {
  const style = getComputedStyle(element);
  const get = style.getPropertyValue.bind(style);
  style.getPropertyValue = (name: string) => {
    const value = get(name);
    return /^border-.+-width$/.test(name) && Number.isNaN(parseFloat(value)) ? '0px' : value;
  };
  return style;
};

afterEach(cleanup);

// antd forms validate asynchronously; on a loaded 2-core CI machine a find* can need more than the
// default second. Waiting longer never makes a wrong answer pass, it only stops false alarms.
configure({ asyncUtilTimeout: 20_000 });
