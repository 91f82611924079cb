/**
 * For tests of code that cannot be delivered: a browser test asks the dev server (through
 * `executeServerCommand`) to answer 404 for, or to hold back until released, every module whose path
 * contains a name, the way a host's server or CDN fails a lazily loaded chunk.
 *
 *   await executeServerCommand('modules', { fail: 'overflow-menu-view' });
 *   await executeServerCommand('modules', { hold: 'share-dialog-view' });
 *   await executeServerCommand('modules', { release: 'share-dialog-view' });
 */
export function unavailableModules() {
  const failing = new Set();
  const held = new Map();
  const matching = (path, names) => [...names].find((name) => path.includes(name));
  return {
    middleware: async (context, next) => {
      if (matching(context.path, failing)) {
        context.status = 404;
        context.body = 'Not found';
        return;
      }
      const name = matching(context.path, held.keys());
      if (name) await held.get(name).promise;
      return next();
    },
    plugin: {
      name: 'unavailable-modules',
      executeCommand({ command, payload }) {
        if (command !== 'modules') return undefined;
        if (payload.fail) failing.add(payload.fail);
        if (payload.hold) {
          // Holding a name again lets what waited on the earlier hold through first.
          held.get(payload.hold)?.release();
          let release;
          const promise = new Promise((resolve) => (release = resolve));
          held.set(payload.hold, { promise, release });
        }
        if (payload.release) {
          held.get(payload.release)?.release();
          held.delete(payload.release);
        }
        if (payload.restore) {
          failing.clear();
          for (const { release } of held.values()) release();
          held.clear();
        }
        return true;
      },
    },
  };
}
