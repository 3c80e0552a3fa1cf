/**
 * Runs `work` once the next frame is painted: an animation frame callback runs before that frame's
 * style, layout and paint, and a message posted from it is handled after them. For what an edit's frame
 * does not need (the panels of the whole assessment, the explanation; workbench-controller.ts), so that
 * the grid and the scores are painted first. A hidden page paints no frame: the work then runs after a
 * short timeout all the same. Without animation frames (Node), it runs at once.
 */
export function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return work();
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, 100);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}
