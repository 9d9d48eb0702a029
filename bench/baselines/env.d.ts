// Types for the baselines' one virtual module: the compiled story, exactly as the game's scenario chunks hold it.
declare module 'virtual:bench-story' {
  const scenario: { id: string; hash: string; json: string };
  export default scenario;
}
