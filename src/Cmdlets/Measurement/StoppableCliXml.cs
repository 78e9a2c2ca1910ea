using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Xml;

namespace DeepCopy.Measurement
{
    /// <summary>
    /// PSSerializer's CLIXML round trip, made of the steps <see cref="PSSerializer.Serialize(object, int)"/> and
    /// <see cref="PSSerializer.Deserialize(string)"/> take, so Ctrl+C can stop it. Those methods offer no way to stop,
    /// but the internal Serializer and Deserializer they drive read a stop flag at every object they write or read, the
    /// flag Export-Clixml and Import-Clixml raise from their StopProcessing. Here a cancelled token raises it. The work
    /// is the same, on the same thread (the serializer evaluates script properties, which must run in their own
    /// runspace), so the baseline measures what PSSerializer costs. The internals are found by name once; where a
    /// PowerShell lacks them, <see cref="Current"/> is null and the baseline calls PSSerializer itself, unstoppable.
    /// </summary>
    internal sealed class StoppableCliXml
    {
        private const BindingFlags NonPublicInstance = BindingFlags.Instance | BindingFlags.NonPublic;
        private const BindingFlags NonPublicStatic = BindingFlags.Static | BindingFlags.NonPublic;

        private static readonly Lazy<StoppableCliXml?> Found = new Lazy<StoppableCliXml?>(Find);

        private readonly Func<XmlWriter, int, object> _newSerializer;
        private readonly Action<object, object?> _serialize;
        private readonly Action<object> _endDocument;
        private readonly Action<object> _stopSerializer;
        private readonly Func<XmlReader, object> _newDeserializer;
        private readonly Func<object, bool> _isDone;
        private readonly Func<object, object?> _deserialize;
        private readonly Action<object> _stopDeserializer;
        private readonly XmlReaderSettings _readerSettings;

        private StoppableCliXml(Type serializer, Type deserializer, XmlReaderSettings readerSettings)
        {
            _newSerializer = Compile<Func<XmlWriter, int, object>>(serializer, (writer, depth) =>
                Expression.New(Constructor(serializer, typeof(XmlWriter), typeof(int), typeof(bool)), writer, depth, Expression.Constant(true)));
            _serialize = Compile<Action<object, object?>>(serializer, (instance, value) => Expression.Call(instance, Method(serializer, "Serialize", typeof(object)), value));
            _endDocument = Compile<Action<object>>(serializer, instance => Expression.Call(instance, Method(serializer, "Done")));
            _stopSerializer = Compile<Action<object>>(serializer, instance => Expression.Call(instance, Method(serializer, "Stop")));
            _newDeserializer = Compile<Func<XmlReader, object>>(deserializer, reader => Expression.New(Constructor(deserializer, typeof(XmlReader)), reader));
            _isDone = Compile<Func<object, bool>>(deserializer, instance => Expression.Call(instance, Method(deserializer, "Done")));
            _deserialize = Compile<Func<object, object?>>(deserializer, instance => Expression.Call(instance, Method(deserializer, "Deserialize")));
            _stopDeserializer = Compile<Action<object>>(deserializer, instance => Expression.Call(instance, Method(deserializer, "Stop")));
            _readerSettings = readerSettings;
        }

        /// <summary>The round trip, or null where this PowerShell's serializer is not built as expected.</summary>
        public static StoppableCliXml? Current => Found.Value;

        /// <summary>
        /// What <c>PSSerializer.Deserialize(PSSerializer.Serialize(value, depth))</c> returns. Throws
        /// <see cref="OperationCanceledException"/> within one object of <paramref name="cancellationToken"/> being
        /// cancelled, with nothing returned.
        /// </summary>
        public object? RoundTrip(object? value, int depth, CancellationToken cancellationToken)
        {
            try
            {
                return Deserialize(Serialize(value, depth, cancellationToken), cancellationToken);
            }
            catch (Exception stopped) when (cancellationToken.IsCancellationRequested && !(stopped is OperationCanceledException))
            {
                // The stop flag makes the serializer throw an InvalidOperationException of its own ("stopping").
                throw new OperationCanceledException("The PSSerializer round trip was stopped.", stopped, cancellationToken);
            }
        }

        // As PSSerializer.Serialize(object, int) writes it.
        private string Serialize(object? value, int depth, CancellationToken cancellationToken)
        {
            var text = new StringBuilder();
            var settings = new XmlWriterSettings { CloseOutput = true, Encoding = Encoding.Unicode, Indent = true, OmitXmlDeclaration = true };
            using (var writer = XmlWriter.Create(text, settings))
            {
                var serializer = _newSerializer(writer, depth);
                using (cancellationToken.Register(() => _stopSerializer(serializer)))
                {
                    _serialize(serializer, value);
                    _endDocument(serializer);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return text.ToString();
        }

        // As PSSerializer.Deserialize(string) reads it: nothing is null, one object is itself, more are an array.
        private object? Deserialize(string text, CancellationToken cancellationToken)
        {
            var results = new List<object?>();
            using (var reader = XmlReader.Create(new System.IO.StringReader(text), _readerSettings))
            {
                var deserializer = _newDeserializer(reader);
                using (cancellationToken.Register(() => _stopDeserializer(deserializer)))
                {
                    while (!_isDone(deserializer))
                    {
                        results.Add(_deserialize(deserializer));
                    }
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return results.Count == 0 ? null : results.Count == 1 ? results[0] : results.ToArray();
        }

        private static StoppableCliXml? Find()
        {
            try
            {
                var engine = typeof(PSSerializer).Assembly;
                var serializer = engine.GetType("System.Management.Automation.Serializer");
                var deserializer = engine.GetType("System.Management.Automation.Deserializer");
                var readerSettings = ReaderSettings(engine.GetType("System.Management.Automation.InternalDeserializer"));
                return serializer is null || deserializer is null || readerSettings is null
                    ? null
                    : new StoppableCliXml(serializer, deserializer, readerSettings);
            }
            catch (Exception missing) when (missing is MissingMemberException || missing is ArgumentException || missing is InvalidOperationException)
            {
                return null;
            }
        }

        // PSSerializer reads with the settings the engine keeps for CLIXML: a property in PowerShell 7, a field elsewhere.
        private static XmlReaderSettings? ReaderSettings(Type? internalDeserializer)
        {
            const string Name = "XmlReaderSettingsForCliXml";
            return (internalDeserializer?.GetProperty(Name, NonPublicStatic)?.GetValue(null)
                ?? internalDeserializer?.GetField(Name, NonPublicStatic)?.GetValue(null)) as XmlReaderSettings;
        }

        private static ConstructorInfo Constructor(Type type, params Type[] parameters) =>
            type.GetConstructor(NonPublicInstance, null, parameters, null)
                ?? throw new MissingMethodException(type.FullName, ".ctor");

        private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
            type.GetMethod(name, NonPublicInstance, null, parameters, null)
                ?? throw new MissingMethodException(type.FullName, name);

        // Compiled once: calling the internals through reflection on every copy would add to the time measured.
        private static TDelegate Compile<TDelegate>(Type instanceType, Func<Expression, Expression, Expression> body)
            => Build<TDelegate>(instanceType, parameters => body(parameters[0], parameters[1]));

        private static TDelegate Compile<TDelegate>(Type instanceType, Func<Expression, Expression> body)
            => Build<TDelegate>(instanceType, parameters => body(parameters[0]));

        private static TDelegate Build<TDelegate>(Type instanceType, Func<Expression[], Expression> body)
        {
            var invoke = typeof(TDelegate).GetMethod("Invoke")!;
            var parameters = Array.ConvertAll(invoke.GetParameters(), parameter => Expression.Parameter(parameter.ParameterType, parameter.Name));

            // The delegates take the internal instances as object: convert them back where they are used.
            var arguments = Array.ConvertAll(parameters, parameter =>
                parameter.Type == typeof(object) && parameter == parameters[0] ? (Expression)Expression.Convert(parameter, instanceType) : parameter);
            var call = body(arguments);
            if (invoke.ReturnType == typeof(object) && call.Type != typeof(object))
            {
                call = Expression.Convert(call, typeof(object));
            }

            return Expression.Lambda<TDelegate>(call, parameters).Compile();
        }
    }
}
