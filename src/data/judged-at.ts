import type { Offer } from './types.js';

/**
 * The time an element judges an offer open or closed at: the one it is given (stories, tests), else the moment it
 * first showed that offer. A deadline passing while the visitor reads the offer, fills its form or sends it takes
 * neither the form nor the sending away: the platform itself refuses a late application. Another offer is judged
 * at the time it comes.
 */
export class JudgedAt {
  #id: string | undefined;
  #at = 0;

  of(offer: Offer, given?: number): number {
    if (given !== undefined) return given;
    if (offer.id !== this.#id) {
      this.#id = offer.id;
      this.#at = Date.now();
    }
    return this.#at;
  }
}
