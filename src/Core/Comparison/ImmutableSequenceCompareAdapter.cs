using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents an <c>ImmutableQueue&lt;T&gt;</c> or <c>ImmutableStack&lt;T&gt;</c> by its items in enumeration order,
    /// as the member <c>Items</c>. Neither is an ICollection, so they would be compared field by field: a queue keeps
    /// its items in a forward and a backward stack whose split depends on how it was built, so two queues of the same
    /// items differed. The items array is made for each view, so the independence check walks the items (a mutable item
    /// shared by two queues is reported) and never the queue's own nodes.
    /// </summary>
    internal sealed class ImmutableSequenceCompareAdapter : DeepCompareAdapter
    {
        private static readonly string[] Definitions =
        {
            "System.Collections.Immutable.ImmutableQueue`1",
            "System.Collections.Immutable.ImmutableStack`1",
        };

        public override bool CanHandle(Type type) =>
            type.IsGenericType && Array.IndexOf(Definitions, type.GetGenericTypeDefinition().FullName) >= 0 &&
            FrameworkAssemblies.Contains(type.Assembly);

        public override void Describe(object value, DeepCompareView view)
        {
            var items = new List<object?>();
            foreach (var item in (IEnumerable)value)
            {
                items.Add(item);
            }

            // A new array even when empty: List.ToArray hands out one shared empty array, which the independence check
            // would see on both sides.
            var array = new object?[items.Count];
            items.CopyTo(array);
            view.AddMember("Items", array);
        }
    }
}
