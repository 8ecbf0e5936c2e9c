/**
 * What a part reader returns: its value and the warnings it collected on the way (things it noticed
 * and worked around, in Swedish for the user), as mammoth.js's Result does.
 */
export interface Read<T> {
  value: T;
  warnings: string[];
}
