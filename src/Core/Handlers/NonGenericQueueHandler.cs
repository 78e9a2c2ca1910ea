using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a non-generic <see cref="Queue"/> in dequeue order, with the source's growth factor.</summary>
    internal sealed class NonGenericQueueHandler : BuiltInHandler<Queue>
    {
        /// <summary>
        /// The factor a full queue grows by, kept as a percentage (200 is 2.0) under this name on .NET and .NET Framework.
        /// Public API has no getter for it, and a copy made with the default would grow differently (hunt 30).
        /// </summary>
        private static readonly FieldInfo? GrowFactorField = FindGrowFactorField();

        protected override Queue CreateShell(Queue source, DeepCopyContext context) =>
            GrowFactorField?.GetValue(source) is int percent
                ? new Queue(source.Count, FactorFor(percent))
                : new Queue(source.Count);

        protected override void Populate(Queue source, Queue shell, DeepCopyContext context)
        {
            var index = 0;
            foreach (var item in source)
            {
                shell.Enqueue(context.CopyElement(item, index++));
            }
        }

        /// <summary>
        /// The constructor argument that stores <paramref name="percent"/> again. The constructor truncates factor * 100
        /// to an int, and 1.3f * 100 can come out just under 130 where that product is computed in higher precision, so
        /// the factor is nudged half a percent up, within the constructor's range of 1.0 to 10.0.
        /// </summary>
        private static float FactorFor(int percent) => System.Math.Min((percent + 0.5f) / 100f, 10f);

        private static FieldInfo? FindGrowFactorField()
        {
            var field = typeof(Queue).GetField("_growFactor", BindingFlags.Instance | BindingFlags.NonPublic);
            return field?.FieldType == typeof(int) ? field : null;
        }
    }
}
