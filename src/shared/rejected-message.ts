/** Thrown for a message that fails validation or comes from the wrong sender; the sender gets `{ error }`. */
export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}
