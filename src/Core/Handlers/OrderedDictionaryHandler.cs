using System.Collections;
using System.Collections.Specialized;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds an <see cref="OrderedDictionary"/> (<c>[ordered]@{}</c>) in order, with its comparer and read-only flag.</summary>
    internal sealed class OrderedDictionaryHandler : BuiltInHandler<OrderedDictionary>
    {
        private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        private static readonly FieldInfo? ComparerField = typeof(OrderedDictionary).GetField("_comparer", Private);
        private static readonly FieldInfo? ReadOnlyField = typeof(OrderedDictionary).GetField("_readOnly", Private);

        protected override OrderedDictionary CreateShell(OrderedDictionary source, DeepCopyContext context) =>
            new OrderedDictionary(source.Count, (IEqualityComparer?)ComparerField?.GetValue(source));

        protected override void Populate(OrderedDictionary source, OrderedDictionary shell, DeepCopyContext context)
        {
            NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
            if (source.IsReadOnly && ReadOnlyField != null)
            {
                ReadOnlyField.SetValue(shell, true);
            }
        }
    }
}
