namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>The depth limits in force: the strategy's own, and the one handed to System.Text.Json.</summary>
    internal static class JsonDepth
    {
        /// <summary>The limit when <see cref="DeepCopyOptions.MaxDepth"/> is 0: JSON always has one, and 1000 is Utf8JsonWriter's own default.</summary>
        public const int Default = 1000;

        public static int For(DeepCopyOptions options) => options.MaxDepth == 0 ? Default : options.MaxDepth;

        /// <summary>
        /// Our walk stops at <paramref name="maxDepth"/> (the root container at depth 0) with a DeepCopyException; the
        /// writer and reader of System.Text.Json count the root as 1 and need a limit just above ours, so theirs never fires first.
        /// </summary>
        public static int ForSystemTextJson(int maxDepth) => maxDepth >= int.MaxValue - 1 ? int.MaxValue : maxDepth + 2;
    }
}
