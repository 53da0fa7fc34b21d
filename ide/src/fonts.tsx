import { useEffect } from 'react';
import { useMonaco } from '@graphiql/react';

/**
 * Chinese in the editors: the bundled Noto Sans SC (a variable font cut
 * into unicode-range chunks, so the browser fetches only the chunks of the
 * characters on screen, from this server) comes after the Latin faces, for
 * the characters they lack. The page's CSS covers the rest of the IDE;
 * Monaco takes its font as an option, so it is set through Monaco's API,
 * and measured again once the font has arrived.
 */
export const CJK_FONT = '"Noto Sans SC Variable"';
export const MONO_FONT_STACK = `"Fira Code", ui-monospace, "DejaVu Sans Mono", monospace, ${CJK_FONT}`;

export function MonacoFonts() {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return;
    const apply = (editor: { updateOptions(options: { fontFamily: string }): void }) => editor.updateOptions({ fontFamily: MONO_FONT_STACK });
    monaco.editor.getEditors().forEach(apply);
    const created = monaco.editor.onDidCreateEditor(apply);
    const remeasure = () => monaco.editor.remeasureFonts();
    document.fonts.addEventListener('loadingdone', remeasure);
    return () => {
      created.dispose();
      document.fonts.removeEventListener('loadingdone', remeasure);
    };
  }, [monaco]);
  return null;
}
