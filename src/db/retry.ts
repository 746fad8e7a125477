/**
 * Runs a whole transaction again when PostgreSQL reports a serialization failure (40001) or a
 * deadlock (40P01): the transaction was rolled back entirely, so running it again is safe
 * (reliability.md M-13). Never partial: the callback must be the whole transaction.
 */
export async function withRetry<T>(work: () => Promise<T>, options: { attempts?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || (code !== '40001' && code !== '40P01')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 30)));
    }
  }
}
