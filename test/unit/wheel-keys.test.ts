import { describe, expect, it } from 'vitest';
import { wheelKey } from '../../src/ui/results/wheel-model';

describe('keyboard navigation of the wheel’s outer ring', () => {
  it('arrows step round the ring and wrap; from no highlight, forward starts at the first and back at the last', () => {
    expect(wheelKey('ArrowRight', -1, 5)).toEqual({ kind: 'move', index: 0 });
    expect(wheelKey('ArrowDown', 4, 5)).toEqual({ kind: 'move', index: 0 });
    expect(wheelKey('ArrowLeft', -1, 5)).toEqual({ kind: 'move', index: 4 });
    expect(wheelKey('ArrowUp', 0, 5)).toEqual({ kind: 'move', index: 4 });
    expect(wheelKey('ArrowLeft', 3, 5)).toEqual({ kind: 'move', index: 2 });
  });

  it('Home and End jump, Escape clears, Enter and Space select, other keys do nothing', () => {
    expect(wheelKey('Home', 3, 5)).toEqual({ kind: 'move', index: 0 });
    expect(wheelKey('End', 0, 5)).toEqual({ kind: 'move', index: 4 });
    expect(wheelKey('Escape', 2, 5)).toEqual({ kind: 'move', index: -1 });
    expect(wheelKey('Enter', 2, 5)).toEqual({ kind: 'select' });
    expect(wheelKey(' ', 2, 5)).toEqual({ kind: 'select' });
    expect(wheelKey('a', 2, 5)).toBeNull();
    expect(wheelKey('Tab', 2, 5)).toBeNull();
  });

  it('an empty ring ignores every key', () => {
    expect(wheelKey('ArrowRight', -1, 0)).toBeNull();
    expect(wheelKey('Enter', -1, 0)).toBeNull();
  });
});
