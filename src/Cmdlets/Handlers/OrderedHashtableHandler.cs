using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq.Expressions;
using System.Reflection;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Rebuilds PowerShell's OrderedHashtable (what <c>ConvertFrom-Json -AsHashtable</c> returns on 7.3+) through its
    /// capacity constructor. Every public constructor gives the same key comparison, so nothing else needs carrying
    /// over, and this avoids the Clone-then-Clear route the engine uses for unknown Hashtable subclasses. Its Add and indexer
    /// both go to the ordered dictionary inside it, so entries are added (one hash per key, not a lookup and an insert).
    /// The type only exists on PowerShell 7.3+, so it is found by name; elsewhere this handler is not registered.
    /// Where its entries live in a private OrderedDictionary (7.3+), the copy is given the copy of that dictionary, made by
    /// the engine's handler for it, so a Keys or Values view of the table held in the graph follows the copied table.
    /// </summary>
    internal sealed class OrderedHashtableHandler : DeepCopyHandler, IWrappedTableRebuilder
    {
        private readonly Type _type;
        private readonly Func<int, Hashtable> _create;
        private readonly FieldInfo? _inner;

        private OrderedHashtableHandler(Type type, Func<int, Hashtable> create)
        {
            _type = type;
            _create = create;
            var inner = type.GetField("_orderedDictionary", BindingFlags.Instance | BindingFlags.NonPublic);
            _inner = inner != null && inner.FieldType == typeof(OrderedDictionary) ? inner : null;
        }

        public static OrderedHashtableHandler? TryCreate()
        {
            var type = typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable");
            var constructor = type?.GetConstructor(new[] { typeof(int) });
            if (type == null || constructor == null || !typeof(Hashtable).IsAssignableFrom(type))
            {
                return null;
            }

            var capacity = Expression.Parameter(typeof(int), "capacity");
            var create = Expression.Lambda<Func<int, Hashtable>>(
                Expression.Convert(Expression.New(constructor, capacity), typeof(Hashtable)), capacity).Compile();
            return new OrderedHashtableHandler(type, create);
        }

        public override bool CanHandle(Type type) => type == _type;

        public override object CreateShell(object source, DeepCopyContext context)
        {
            if (_inner is null)
            {
                return _create(((Hashtable)source).Count);
            }

            // The views its Keys and Values return are the inner dictionary's: they follow the copy only if it holds
            // the inner dictionary's own copy, which that copy's handler fills (and shares with views reached before).
            var shell = _create(0);
            _inner.SetValue(shell, context.CopyWrapped(_inner.GetValue(source)));
            return shell;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            if (_inner is null)
            {
                context.PopulateDictionaryByAdding((IDictionary)source, (IDictionary)shell);
            }
        }

        /// <summary>Never: its order is its inner dictionary's, not its buckets'.</summary>
        public Hashtable? TryCopyBuckets(Hashtable source, DeepCopyContext context) => null;

        public Hashtable? CreateEmptyTable(Hashtable source) => _create(source.Count);

        /// <summary>Its own enumerator, which walks its keys in order (its CopyTo, Hashtable's, walks buckets it never fills).</summary>
        public IDictionaryEnumerator ReadEntries(Hashtable source) => source.GetEnumerator();

        public int CountOf(Hashtable table) => table.Count;

        public void CopyOwnState(Hashtable source, Hashtable copy, DeepCopyContext context)
        {
            // Its only state is the ordered dictionary of its entries, which Store fills in order.
        }

        public void Store(Hashtable copy, object key, object? value) => copy[key] = value;
    }
}
