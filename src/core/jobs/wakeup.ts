// A sleep that can be cut short. The claim loop sleeps when there is no work or no free slot;
// a finished job or stop() wakes it. A signal given while nobody sleeps is kept, so a wake-up
// that arrives between "check" and "sleep" is not lost.

export class Wakeup {
  #pending = false;
  #wake: (() => void) | undefined;

  signal(): void {
    if (this.#wake) this.#wake();
    else this.#pending = true;
  }

  /** Resolves on the next signal, or after `timeoutMs` when given. */
  wait(timeoutMs?: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      if (timeoutMs !== undefined) timer = setTimeout(done, timeoutMs);
      this.#wake = done;
    });
  }
}
