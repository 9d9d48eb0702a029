// The part of an inkjs Story the runner uses. A structural type, so the runtime's Story (browser) and the
// compiler's Story (Node, with debug metadata) both fit without the runner importing either.

export interface InkChoice {
  text: string;
  index: number;
  tags: string[] | null;
  sourcePath: string;
}

export interface InkState {
  toJson(): string;
  LoadJson(json: string): void;
  storySeed: number;
  VisitCountAtPathString(path: string): number;
}

export interface InkStory {
  readonly canContinue: boolean;
  Continue(): string | null;
  readonly currentTags: string[] | null;
  readonly currentChoices: InkChoice[];
  ChooseChoiceIndex(index: number): void;
  readonly globalTags: string[] | null;
  readonly state: InkState;
  onError: ((message: string, type: number) => void) | null;
}
