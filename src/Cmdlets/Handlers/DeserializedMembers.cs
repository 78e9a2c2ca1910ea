using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// What PowerShell's deserializer (Import-Clixml, remoting, job output) keeps on a PSObject outside its instance
    /// members: the flag that marks a property bag, its properties (PSProperty objects that hold the serialized values,
    /// in the internal AdaptedMembers and ClrMembers collections) and the source's ToString text. All internal, so bound
    /// once by name; where a name is missing (another version), <see cref="IsAvailable"/> is false and the handler copies
    /// the properties as note properties through the public API instead. That is the case on Windows PowerShell 5.1,
    /// which keeps them in fields (isDeserialized, adaptedMembers, clrMembers, the static dotNetInstanceAdapter), not in
    /// these properties (per a decompiled 5.1 System.Management.Automation).
    /// </summary>
    internal sealed class DeserializedMembers
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

        private readonly Func<PSObject, bool>? _isDeserialized;
        private readonly Action<PSObject, PSObject>? _copyFields;
        private readonly InternalPropertyAccessor? _adapted;
        private readonly InternalPropertyAccessor? _clr;
        private readonly Func<object>? _newCollection;
        private readonly Func<object, string, PSMemberInfo?>? _bindMethod;
        private readonly InternalPropertyAccessor? _instanceMembers;

        private DeserializedMembers(
            Func<PSObject, bool>? isDeserialized,
            Action<PSObject, PSObject>? copyFields,
            InternalPropertyAccessor? adapted,
            InternalPropertyAccessor? clr,
            Func<object>? newCollection,
            Func<object, string, PSMemberInfo?>? bindMethod,
            InternalPropertyAccessor? instanceMembers)
        {
            _isDeserialized = isDeserialized;
            _copyFields = copyFields;
            _adapted = adapted;
            _clr = clr;
            _newCollection = newCollection;
            _bindMethod = bindMethod;
            _instanceMembers = instanceMembers;
        }

        /// <summary>The accessor for this process, bound once.</summary>
        public static DeserializedMembers Current { get; } = Bind();

        /// <summary>An accessor that reports the internals missing, so the public-API path can be tested here too.</summary>
        public static DeserializedMembers Unavailable { get; } = new DeserializedMembers(null, null, null, null, null, null, null);

        public bool IsAvailable =>
            _isDeserialized != null && _copyFields != null && _adapted != null && _clr != null && _newCollection != null && _bindMethod != null &&
            _instanceMembers != null;

        /// <summary>True for a property bag the deserializer made (its properties are not the base object's).</summary>
        public bool IsDeserialized(PSObject value) => _isDeserialized!(value);

        /// <summary>The bag's properties: the serialized values of the source object's adapted and .NET properties.</summary>
        public IEnumerable<PSPropertyInfo> Properties(PSObject value)
        {
            foreach (var accessor in new[] { _adapted!, _clr! })
            {
                if (accessor.Get(value) is IEnumerable<PSPropertyInfo> properties)
                {
                    foreach (var property in properties)
                    {
                        yield return property;
                    }
                }
            }
        }

        /// <summary>
        /// Makes <paramref name="copy"/> a property bag like <paramref name="source"/>: the flag and the ToString text
        /// through PowerShell's own CopyDeserializerFields, then collections of its own whose property values are copied
        /// through <paramref name="copyValue"/> (CopyDeserializerFields alone would share the source's collections).
        /// </summary>
        /// <remarks>
        /// A bag answers GetType() and ToString() through methods the deserializer adds to its instance members, bound to
        /// the bag itself; the copy gets its own, bound to it, for each such method in <paramref name="sourceMembers"/>.
        /// </remarks>
        public void CopyTo(PSObject source, PSObject copy, IEnumerable<PSMemberInfo>? sourceMembers, Func<object?, string, object?> copyValue)
        {
            _copyFields!(source, copy);
            _adapted!.Set(copy, CopyCollection(_adapted.Get(source), copyValue));
            _clr!.Set(copy, CopyCollection(_clr.Get(source), copyValue));
            foreach (var member in sourceMembers ?? Array.Empty<PSMemberInfo>())
            {
                // The public Members collection refuses methods; the deserializer adds them to the internal one.
                if (member.IsInstance && member is PSMethodInfo && _bindMethod!(copy, member.Name) is PSMemberInfo bound)
                {
                    ((PSMemberInfoCollection<PSMemberInfo>)_instanceMembers!.Get(copy)!).Add(bound);
                }
            }
        }

        private object? CopyCollection(object? properties, Func<object?, string, object?> copyValue)
        {
            if (properties == null)
            {
                return null;
            }

            var copy = _newCollection!();
            var target = (PSMemberInfoCollection<PSPropertyInfo>)copy;
            foreach (var property in (IEnumerable<PSPropertyInfo>)properties)
            {
                // PSProperty.Copy keeps the deserialized flag, so setting Value stores the copied value; nothing runs.
                var copied = (PSPropertyInfo)property.Copy();
                copied.Value = copyValue(property.Value, property.Name);
                target.Add(copied);
            }

            return copy;
        }

        private static DeserializedMembers Bind()
        {
            try
            {
                var isDeserialized = typeof(PSObject).GetProperty("IsDeserialized", Instance);
                var copyFields = typeof(PSObject).GetMethod("CopyDeserializerFields", BindingFlags.Static | BindingFlags.NonPublic, null, new[] { typeof(PSObject), typeof(PSObject) }, null);
                var adapted = InternalPropertyAccessor.Bind("AdaptedMembers");
                var clr = InternalPropertyAccessor.Bind("ClrMembers");
                if (isDeserialized?.PropertyType != typeof(bool) || copyFields == null || adapted == null || clr == null ||
                    !typeof(PSMemberInfoCollection<PSPropertyInfo>).IsAssignableFrom(adapted.PropertyType) ||
                    adapted.PropertyType.GetConstructor(Instance, null, Type.EmptyTypes, null) == null)
                {
                    return Unavailable;
                }

                var bindMethod = BindMethodBinder();
                var instanceMembers = InternalPropertyAccessor.Bind("InstanceMembers");
                if (bindMethod == null || instanceMembers == null || !typeof(PSMemberInfoCollection<PSMemberInfo>).IsAssignableFrom(instanceMembers.PropertyType))
                {
                    return Unavailable;
                }

                var value = Expression.Parameter(typeof(PSObject), "value");
                return new DeserializedMembers(
                    Expression.Lambda<Func<PSObject, bool>>(Expression.Property(value, isDeserialized), value).Compile(),
                    (Action<PSObject, PSObject>)Delegate.CreateDelegate(typeof(Action<PSObject, PSObject>), copyFields),
                    adapted,
                    clr,
                    Expression.Lambda<Func<object>>(Expression.New(adapted.PropertyType.GetConstructor(Instance, null, Type.EmptyTypes, null)!)).Compile(),
                    bindMethod,
                    instanceMembers);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return Unavailable;
            }
        }

        /// <summary>
        /// (target, name) => PSObject.DotNetInstanceAdapter.GetDotNetMethod&lt;PSMemberInfo&gt;(target, name), as the
        /// deserializer calls it; the adapter is a static property in PowerShell 7 and a field in a decompiled 5.1.
        /// </summary>
        internal static Func<object, string, PSMemberInfo?>? BindMethodBinder()
        {
            var adapter = typeof(PSObject).GetProperty("DotNetInstanceAdapter", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null) ??
                typeof(PSObject).GetField("dotNetInstanceAdapter", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null);
            var method = adapter?.GetType().GetMethod("GetDotNetMethod", Instance, null, new[] { typeof(object), typeof(string) }, null);
            if (method == null || !method.IsGenericMethodDefinition)
            {
                return null;
            }

            return (Func<object, string, PSMemberInfo?>)Delegate.CreateDelegate(
                typeof(Func<object, string, PSMemberInfo?>), adapter, method.MakeGenericMethod(typeof(PSMemberInfo)));
        }
    }
}
