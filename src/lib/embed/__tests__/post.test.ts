import { describe, expect, it, vi } from 'vitest';
import {
  isAllowedOrigin,
  isFramed,
  normalizeOrigins,
  postEmbedError,
  postToParent,
  targetOrigins,
} from '../post';
import { embedMessage } from '../envelope';

/** A framed window whose parent records what it receives. */
function framedWindow() {
  const postMessage = vi.fn();
  const win = { parent: { postMessage } } as unknown as Window;
  return { win, postMessage };
}

const resize = embedMessage('resize', { height: 640 });

describe('origin rule', () => {
  it('obeys every origin when none is configured', () => {
    expect(isAllowedOrigin('https://portal.example', [])).toBe(true);
    expect(isAllowedOrigin('null', [])).toBe(true);
  });

  it('obeys only the configured origins when some are', () => {
    const allowed = ['https://danang.gov.vn/', 'https://portal.example/maps/partners'];
    expect(isAllowedOrigin('https://danang.gov.vn', allowed)).toBe(true);
    expect(isAllowedOrigin('https://portal.example', allowed)).toBe(true);
    expect(isAllowedOrigin('http://danang.gov.vn', allowed)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('https://danang.gov.vn.evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('null', allowed)).toBe(false);
  });

  it('reduces configured URLs to origins, once each', () => {
    expect(
      normalizeOrigins(['https://a.example/x', 'https://a.example/y', 'http://b.example:8080/']),
    ).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(normalizeOrigins(['not a url'])).toEqual([]);
  });

  it('posts to * without allowed origins, else to each origin', () => {
    expect(targetOrigins([])).toEqual(['*']);
    expect(targetOrigins(['https://a.example/p', 'https://b.example'])).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('postToParent', () => {
  it('posts once to * when no origin is configured', () => {
    const { win, postMessage } = framedWindow();
    postToParent(resize, [], win);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenCalledWith(resize, '*');
  });

  it('posts once to each allowed origin, never to *', () => {
    const { win, postMessage } = framedWindow();
    postToParent(resize, ['https://a.example/', 'https://b.example/maps'], win);
    expect(postMessage.mock.calls).toEqual([
      [resize, 'https://a.example'],
      [resize, 'https://b.example'],
    ]);
  });

  it('is a no-op outside an iframe', () => {
    const postMessage = vi.fn();
    const win = { postMessage } as unknown as Window & { parent: unknown };
    (win as { parent: unknown }).parent = win;
    expect(isFramed(win)).toBe(false);
    postToParent(resize, [], win);
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('posts errors as error messages', () => {
    const { win, postMessage } = framedWindow();
    postEmbedError('data', 'data/partners.geojson: HTTP 404', [], win);
    expect(postMessage).toHaveBeenCalledWith(
      {
        source: 'partner-map',
        v: 1,
        type: 'error',
        code: 'data',
        message: 'data/partners.geojson: HTTP 404',
      },
      '*',
    );
  });
});
