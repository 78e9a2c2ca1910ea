using System;
using System.Collections;
using System.Linq.Expressions;
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
    /// </summary>
    internal sealed class OrderedHashtableHandler : DeepCopyHandler, IWrappedTableRebuilder
    {
        private readonly Type _type;
        private readonly Func<int, Hashtable> _create;

        private OrderedHashtableHandler(Type type, Func<int, Hashtable> create)
        {
            _type = type;
            _create = create;
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

        public override object CreateShell(object source, DeepCopyContext context) => _create(((Hashtable)source).Count);

        public override void Populate(object source, object shell, DeepCopyContext context) =>
            context.PopulateDictionaryByAdding((IDictionary)source, (IDictionary)shell);

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
