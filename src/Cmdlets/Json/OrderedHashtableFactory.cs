using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepCopy.Json
{
    /// <summary>
    /// Makes the dictionaries that JSON objects from dictionaries come back as: PowerShell's own OrderedHashtable
    /// (what ConvertFrom-Json -AsHashtable returns) where it exists, which is PowerShell 7.3 and later. This module
    /// compiles against PowerShell 5.1's reference assemblies, which lack it, so it is found by name at run time;
    /// elsewhere an <see cref="OrderedDictionary"/>, what <c>[ordered]@{}</c> makes, stands in.
    /// </summary>
    internal static class OrderedHashtableFactory
    {
        public const string OrderedHashtableTypeName = "System.Management.Automation.OrderedHashtable";

        /// <summary>A factory for the dictionary type found in <paramref name="automation"/>, looked up once.</summary>
        public static Func<IDictionary> Find(Assembly automation)
        {
            var type = automation.GetType(OrderedHashtableTypeName, throwOnError: false);
            if (type is null || !typeof(IDictionary).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                return () => new OrderedDictionary();
            }

            // PERF: a compiled constructor call, not Activator.CreateInstance, because it runs once per JSON object.
            var create = Expression.Convert(Expression.New(type), typeof(IDictionary));
            return Expression.Lambda<Func<IDictionary>>(create).Compile();
        }
    }
}
