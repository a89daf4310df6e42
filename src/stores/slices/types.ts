import type { StateCreator } from 'zustand';
import type { UiState } from '../ui-store';

/** A slice of the one UI store: it may read and write the whole state, but owns its own fields. */
export type Slice<T> = StateCreator<UiState, [['zustand/subscribeWithSelector', never]], [], T>;

/** Who changed the view: the visitor sees a notice; automatic moves are only announced. */
export type Origin = 'visitor' | 'auto';
