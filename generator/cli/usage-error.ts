/** The user asked for something that cannot be run as given; printed without a stack, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
