import { expect } from '@open-wc/testing';
import { setCustomStates } from '../../src/controllers/custom-states.js';

describe('setCustomStates', () => {
  it('adds and removes states', () => {
    const states = new Set<string>(['old']);
    setCustomStates({ states } as unknown as ElementInternals, { fresh: true, old: false });
    expect([...states]).to.deep.equal(['fresh']);
  });

  it('does nothing where ElementInternals or custom states are missing', () => {
    expect(() => setCustomStates(undefined, { a: true })).not.to.throw();
    expect(() => setCustomStates({} as ElementInternals, { a: true })).not.to.throw();
  });

  it('gives up quietly where the engine only takes the older --name form', () => {
    const states = {
      add: () => {
        throw new DOMException('invalid', 'SyntaxError');
      },
      delete: () => false,
    };
    expect(() => setCustomStates({ states } as unknown as ElementInternals, { a: true })).not.to.throw();
  });
});
