using System;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// The ToString text PowerShell keeps on a wrapper itself, outside its members: the deserializer stores a value's
    /// ToString there (a deserialized enum is an Int32 whose text is its name, <c>Friday</c>), and the parser the literal
    /// a number was written as (its token text). PSObject.ToString, and so Format-Table, answers with it before
    /// looking at the wrapped value. <c>$x.ToString()</c> in script calls a ToString method the deserializer adds to the
    /// wrapper's own members, bound to the wrapper, whose ToString answers with that text: the copy gets one bound to it.
    /// All internal, bound once by name as a property (PowerShell 7) or a field (as Windows PowerShell 5.1 is expected
    /// to keep them; not confirmed by a 5.1 run). Kept apart from <see cref="DeserializedMembers"/>, which 5.1 does not
    /// bind, so that its path carries the text too.
    /// </summary>
    internal sealed class DeserializedText
    {
        /// <summary>The name under which Compare-DeepObject presents the text, as a member of the wrapper.</summary>
        public const string ComparedMemberName = "ToString()";

        private readonly Func<PSObject, string?>? _getText;
        private readonly Action<PSObject, string?>? _setText;
        private readonly Func<PSObject, string?>? _getToken;
        private readonly Action<PSObject, string?>? _setToken;
        private readonly Func<object, string, PSMemberInfo?>? _bindMethod;
        private readonly InternalPropertyAccessor? _instanceMembers;

        private DeserializedText(
            Func<PSObject, string?>? getText,
            Action<PSObject, string?>? setText,
            Func<PSObject, string?>? getToken,
            Action<PSObject, string?>? setToken,
            Func<object, string, PSMemberInfo?>? bindMethod,
            InternalPropertyAccessor? instanceMembers)
        {
            _getText = getText;
            _setText = setText;
            _getToken = getToken;
            _setToken = setToken;
            _bindMethod = bindMethod;
            _instanceMembers = instanceMembers;
        }

        /// <summary>The accessor for this process, bound once.</summary>
        public static DeserializedText Current { get; } = Bind();

        /// <summary>An accessor that reports the internals missing: the text is then neither copied nor compared.</summary>
        public static DeserializedText Unavailable { get; } = new DeserializedText(null, null, null, null, null, null);

        public bool IsAvailable => _getText != null && _setText != null;

        /// <summary>The text the deserializer kept for <paramref name="value"/>, or null (a live object's).</summary>
        public string? TextOf(PSObject value) => _getText!(value);

        /// <summary>Gives <paramref name="copy"/> the texts <paramref name="source"/> has; strings, so shared as they are.</summary>
        public void CopyTo(PSObject source, PSObject copy)
        {
            var text = _getText!(source);
            if (text != null)
            {
                _setText!(copy, text);
                BindToString(copy);
            }

            var token = _getToken?.Invoke(source);
            if (token != null)
            {
                _setToken!(copy, token);
            }
        }

        /// <summary>
        /// Adds to <paramref name="copy"/>'s own members the ToString the deserializer gives the source: PSObject's own,
        /// bound to the copy (the public collection refuses methods). A property bag's copy has it already.
        /// </summary>
        private void BindToString(PSObject copy)
        {
            if (_bindMethod == null || !(_instanceMembers?.Get(copy) is PSMemberInfoCollection<PSMemberInfo> members) || members["ToString"] != null)
            {
                return;
            }

            if (_bindMethod(copy, "ToString") is PSMemberInfo bound)
            {
                members.Add(bound);
            }
        }

        private static DeserializedText Bind()
        {
            try
            {
                var (getText, setText) = BindString("ToStringFromDeserialization");
                var (getToken, setToken) = BindString("TokenText");
                var instanceMembers = InternalPropertyAccessor.Bind("InstanceMembers");
                if (instanceMembers != null && !typeof(PSMemberInfoCollection<PSMemberInfo>).IsAssignableFrom(instanceMembers.PropertyType))
                {
                    instanceMembers = null;
                }

                return getText == null
                    ? Unavailable
                    : new DeserializedText(getText, setText, getToken, setToken, DeserializedMembers.BindMethodBinder(), instanceMembers);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return Unavailable;
            }
        }

        /// <summary>A getter and setter for the internal string property, else field, named <paramref name="name"/>; nulls when neither exists.</summary>
        private static (Func<PSObject, string?>?, Action<PSObject, string?>?) BindString(string name)
        {
            const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;
            var target = Expression.Parameter(typeof(PSObject), "target");
            var value = Expression.Parameter(typeof(string), "value");
            MemberExpression member;
            var property = typeof(PSObject).GetProperty(name, Instance);
            var field = typeof(PSObject).GetField(name, Instance);
            if (property?.PropertyType == typeof(string) && property.GetMethod != null && property.SetMethod != null)
            {
                member = Expression.Property(target, property);
            }
            else if (field?.FieldType == typeof(string) && !field.IsInitOnly)
            {
                member = Expression.Field(target, field);
            }
            else
            {
                return (null, null);
            }

            return (
                Expression.Lambda<Func<PSObject, string?>>(member, target).Compile(),
                Expression.Lambda<Action<PSObject, string?>>(Expression.Assign(member, value), target, value).Compile());
        }
    }
}
