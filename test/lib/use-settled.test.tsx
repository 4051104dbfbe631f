import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '@/lib/use-settled';

function Shown({ value }: { value: string }) {
  return <p>settled: {useSettled(value, 150)}</p>;
}

describe('useSettled', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the first value at once, and a changing one only once it has rested', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Shown value="a" />);
    expect(screen.getByText('settled: a')).toBeInTheDocument();
    rerender(<Shown value="ab" />);
    act(() => void vi.advanceTimersByTime(100));
    rerender(<Shown value="abc" />);
    act(() => void vi.advanceTimersByTime(100));
    // 200 ms of typing, never 150 at rest: still the first value.
    expect(screen.getByText('settled: a')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(60));
    expect(screen.getByText('settled: abc')).toBeInTheDocument();
  });
});
