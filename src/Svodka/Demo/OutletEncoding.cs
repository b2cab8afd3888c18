using System.Text;

namespace Svodka.Demo;

/// <summary>The byte encoding an outlet publishes in, and the Content-Type that does (or does not) say so.</summary>
internal static class OutletEncoding
{
    private static readonly string[] Known = ["utf-8", "windows-1251", "koi8-r"];

    static OutletEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsKnown(string name) => Known.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The outlet's encoding; a character it lacks (« » — in koi8-r, say) is written as an XML/HTML numeric
    /// character reference, which is what real publishers' tools do and what every reader understands.
    /// </summary>
    public static Encoding For(DemoOutlet outlet) =>
        outlet.Feed.Encoding == "utf-8"
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            : Encoding.GetEncoding(outlet.Feed.Encoding, new NumericCharacterReferenceFallback(), DecoderFallback.ExceptionFallback);

    public static string ContentType(string mediaType, DemoOutlet outlet) =>
        outlet.Feed.CharsetInHeader ? $"{mediaType}; charset={outlet.Feed.Encoding}" : mediaType;

    private sealed class NumericCharacterReferenceFallback : EncoderFallback
    {
        public override int MaxCharCount => 10;
        public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : EncoderFallbackBuffer
        {
            private string _pending = "";
            private int _next;

            public override int Remaining => _pending.Length - _next;

            public override bool Fallback(char charUnknown, int index) => Start(charUnknown);
            public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index) =>
                Start(char.ConvertToUtf32(charUnknownHigh, charUnknownLow));

            public override char GetNextChar() => _next < _pending.Length ? _pending[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0) return false;
                _next--;
                return true;
            }

            public override void Reset() => (_pending, _next) = ("", 0);

            private bool Start(int codePoint)
            {
                _pending = $"&#{codePoint};";
                _next = 0;
                return true;
            }
        }
    }
}
