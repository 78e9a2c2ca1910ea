using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Reads and sets the two private parts an <see cref="OrderedDictionary"/> keeps its entries in (an ArrayList of
    /// entries and a Hashtable of keys, which its Keys and Values views and its AsReadOnly twin share), through compiled
    /// accessors: <c>[ordered]@{}</c> is the commonest table in PowerShell, so reflection per copy would cost.
    /// </summary>
    internal sealed class OrderedDictionaryParts
    {
        private readonly Func<OrderedDictionary, ArrayList?> _entries;
        private readonly Func<OrderedDictionary, Hashtable?> _keys;
        private readonly Action<OrderedDictionary, ArrayList?, Hashtable?> _set;

        private OrderedDictionaryParts(FieldInfo entries, FieldInfo keys)
        {
            var table = Expression.Parameter(typeof(OrderedDictionary), "table");
            var newEntries = Expression.Parameter(typeof(ArrayList), "entries");
            var newKeys = Expression.Parameter(typeof(Hashtable), "keys");
            _entries = Expression.Lambda<Func<OrderedDictionary, ArrayList?>>(Expression.Field(table, entries), table).Compile();
            _keys = Expression.Lambda<Func<OrderedDictionary, Hashtable?>>(Expression.Field(table, keys), table).Compile();
            _set = Expression.Lambda<Action<OrderedDictionary, ArrayList?, Hashtable?>>(
                Expression.Block(Expression.Assign(Expression.Field(table, entries), newEntries), Expression.Assign(Expression.Field(table, keys), newKeys)),
                table, newEntries, newKeys).Compile();
        }

        /// <summary>The accessors, or null where this runtime keeps the parts under other names (views then do not follow copies).</summary>
        public static OrderedDictionaryParts? TryCreate()
        {
            const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
            var entries = typeof(OrderedDictionary).GetField("_objectsArray", Private);
            var keys = typeof(OrderedDictionary).GetField("_objectsTable", Private);
            return entries?.FieldType == typeof(ArrayList) && keys?.FieldType == typeof(Hashtable) ? new OrderedDictionaryParts(entries, keys) : null;
        }

        public ArrayList? Entries(OrderedDictionary table) => _entries(table);

        public Hashtable? Keys(OrderedDictionary table) => _keys(table);

        public void Set(OrderedDictionary table, ArrayList? entries, Hashtable? keys) => _set(table, entries, keys);
    }
}
