/** A font file imported by the playground's PDF renderer: webpack emits it as an asset and gives its URL. */
declare module '*.ttf' {
  const url: string;
  export default url;
}
